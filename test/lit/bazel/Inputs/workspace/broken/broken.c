int broken(void) { return 0 }
