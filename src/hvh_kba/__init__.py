"""hvh-kba: the cost-benefit analysis of Huis van Herstel Twente, reproducible and checkable."""

__version__ = "0.1.0"
