"""Planning a channel's calendar: the pure planner (plan/) fed from the database, for the command line
and the calendar's suggestions."""
