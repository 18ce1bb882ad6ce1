"""Small rules that several stages share (outlet names, ...), below the stages."""
