"""Client of the central system: drains the outbox in batches, exactly once per item."""
