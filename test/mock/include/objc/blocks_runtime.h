/* Mock of libobjc2's <objc/blocks_runtime.h> (the blocks runtime API, as in
   Apple's <Block.h>): GNUstep's headers include it when the compiler has
   blocks (-fblocks) and Debian's GNU runtime (from GCC) does not ship it. */
#ifndef MOCK_BLOCKS_RUNTIME_H
#define MOCK_BLOCKS_RUNTIME_H
#ifdef __cplusplus
extern "C" {
#endif
void *_Block_copy(const void *);
void _Block_release(const void *);
#ifdef __cplusplus
}
#endif
#define Block_copy(x) ((__typeof(x))_Block_copy((const void *)(x)))
#define Block_release(x) _Block_release((const void *)(x))
#endif
