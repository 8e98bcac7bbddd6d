"""Pure domain of PostCounter: no Qt, no SQLAlchemy, no I/O.

Identifiers (S10), weights in grams, money, parties, the consignment with its
pieces and customs declaration, product limits and validation live here.
"""
