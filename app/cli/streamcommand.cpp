// placeholder: urbis stream record|serve
