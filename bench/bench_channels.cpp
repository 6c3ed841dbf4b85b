// placeholder: ChannelBuffer / LTTB benchmarks
