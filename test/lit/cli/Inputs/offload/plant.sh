#!/bin/sh
# plant.sh DIR: the helper programs a hostile compile command would make the
# driver run (GPU detection tools, a compiler found through -B); each leaves
# a canary file in DIR/ran when it runs.
set -e
mkdir -p "$1/bin"
for tool in amdgpu-arch nvptx-arch offload-arch clang clang-19 clang-22 cc1 ld ld.lld as; do
  printf '#!/bin/sh\necho "%s $*" >> "%s/ran"\necho gfx906\necho sm_70\n' "$tool" "$1" > "$1/bin/$tool"
  chmod +x "$1/bin/$tool"
done
