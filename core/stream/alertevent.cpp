// placeholder: filled in by the streams work
