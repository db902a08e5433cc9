/* The two entry points of libobjc2's blocks runtime that the GNUstep headers include when the
   compiler has blocks (-fblocks); the build links libobjc2, which defines them. */
#ifndef QP_BLOCKS_RUNTIME_H
#define QP_BLOCKS_RUNTIME_H

void *_Block_copy(const void *block);
void _Block_release(const void *block);

#define Block_copy(x) ((__typeof(x))_Block_copy((const void *)(x)))
#define Block_release(x) _Block_release((const void *)(x))

#endif
