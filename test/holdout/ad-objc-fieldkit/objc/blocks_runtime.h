/* The blocks runtime's declarations (libBlocksRuntime), for GNUstep builds with -fblocks. */
#ifndef FK_BLOCKS_RUNTIME_H
#define FK_BLOCKS_RUNTIME_H
void *_Block_copy(const void *block);
void _Block_release(const void *block);
#define Block_copy(x) ((__typeof(x))_Block_copy((const void *)(x)))
#define Block_release(x) _Block_release((const void *)(x))
#endif
