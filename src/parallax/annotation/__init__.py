"""The annotate stage: sentences, entities, quantities, dates and attributions of one article."""
