"""Occasions: public, religious and national days per country (from `holidays`), the Islamic days on the Umm
al-Qura calendar (from `hijridate`), international days a workspace picks, and the greetings each one brings."""
