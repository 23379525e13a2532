"""Developer tools: synthetic corpora for benchmarks and scale tests (`mercato dev`)."""
