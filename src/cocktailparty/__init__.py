"""CocktailParty: measure, plan and keep a company's social media mix at 80/20."""

__version__ = "0.1.0"
