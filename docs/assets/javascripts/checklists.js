// Checklists: tick, keep (localStorage, keyed by item id), progress, reset.
