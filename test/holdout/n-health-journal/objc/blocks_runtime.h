/* objc/blocks_runtime.h - the blocks runtime entry points GNUstep's headers expect.
 * The app links libBlocksRuntime; its packaged header is not installed on the build hosts. */
#ifndef HJ_BLOCKS_RUNTIME_H
#define HJ_BLOCKS_RUNTIME_H

#include <stddef.h>

extern void *_Block_copy(const void *block);
extern void _Block_release(const void *block);

#define Block_copy(x) ((__typeof(x))_Block_copy((const void *)(x)))
#define Block_release(x) _Block_release((const void *)(x))

#endif
