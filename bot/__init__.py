"""rygbot: a Danish low-back-pain assistant with a pure core and thin adapters."""
