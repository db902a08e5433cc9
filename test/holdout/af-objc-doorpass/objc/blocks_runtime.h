/* Minimal declarations of the blocks runtime (libBlocksRuntime), for
 * builds against a libobjc that does not install this header. */
#ifndef DOORPASS_BLOCKS_RUNTIME_H
#define DOORPASS_BLOCKS_RUNTIME_H
#ifdef __cplusplus
extern "C" {
#endif
void *_Block_copy(const void *block);
void _Block_release(const void *block);
#ifdef __cplusplus
}
#endif
#define Block_copy(x) ((__typeof(x))_Block_copy((const void *)(x)))
#define Block_release(x) _Block_release((const void *)(x))
#endif
