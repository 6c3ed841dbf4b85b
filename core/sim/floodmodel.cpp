// placeholder: filled in by the scenarios work
