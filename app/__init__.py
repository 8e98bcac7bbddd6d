"""PostCounter: acceptance-counter client for the Russia Post / India Post heavy parcel corridor."""

__version__ = "0.1.0"
