#include <stdlib.h>
unsigned read_seed_file(void);
/* A seed this unit cannot read: with it, nothing about the seed is claimed. */
void reseed(void) { srand(read_seed_file()); }
