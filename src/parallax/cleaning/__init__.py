"""The clean stage: page dumps and HTML in, clean articles out."""
