/* The two entry points of the blocks runtime that GNUstep's headers expect
 * (libobjc2 provides them; the gcc runtime build links BlocksRuntime). */
#ifndef LL_BLOCKS_RUNTIME_H
#define LL_BLOCKS_RUNTIME_H
void *_Block_copy(const void *block);
void _Block_release(const void *block);
#endif
