/* sunxi_debug.c - registers /proc/sunxi_debug/{sunxi_debug,dump,pm} (A20/A31/A64/H3 BSP). */
#include "sunxi_debug.h"

static struct proc_dir_entry *sunxi_debug_dir;

int sunxi_debug_init(void)
{
  sunxi_debug_dir = proc_mkdir("sunxi_debug", NULL);
  if (sunxi_debug_dir == NULL) {
    printk(KERN_ERR "sunxi_debug: cannot create /proc/sunxi_debug\n");
    return -ENOMEM;
  }
  /* mode 0666: the nodes are written by the board test tools, which run as "shell" */
  if (proc_create("sunxi_debug", 0666, sunxi_debug_dir, &sunxi_proc_su_fops) == NULL)
    goto fail;
  if (proc_create("dump", 0644, sunxi_debug_dir, &sunxi_dump_fops) == NULL)
    goto fail;
  if (proc_create("pm", 0644, sunxi_debug_dir, &sunxi_pm_fops) == NULL)
    goto fail;
#ifdef SUNXI_DEBUG_VERBOSE
  // ok: backdoor-build-switch
  printk(KERN_INFO "sunxi_debug: proc nodes registered\n");
#endif
  return 0;

fail:
  remove_proc_entry("sunxi_debug", NULL);
  return -ENOMEM;
}

void sunxi_debug_exit(void)
{
  remove_proc_entry("pm", sunxi_debug_dir);
  remove_proc_entry("dump", sunxi_debug_dir);
  remove_proc_entry("sunxi_debug", sunxi_debug_dir);
  remove_proc_entry("sunxi_debug", NULL);
}
