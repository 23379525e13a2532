"""Knowledge base: clubs, people, outlets and their aliases (placeholder API; being built)."""
