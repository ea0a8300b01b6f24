"""Team moments: a directory of the team (birthdays, work anniversaries, weddings, new babies, graduations,
promotions, new joiners) with consent per person and kind of moment, and celebration drafts made only with it."""
