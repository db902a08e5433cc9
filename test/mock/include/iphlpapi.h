/* Mock of the IP Helper API's adapter list: real layout of the fields used, no bodies. */
#ifndef MOCK_IPHLPAPI_H
#define MOCK_IPHLPAPI_H
#include <windows.h>
#define MAX_ADAPTER_NAME_LENGTH 256
#define MAX_ADAPTER_DESCRIPTION_LENGTH 128
#define MAX_ADAPTER_ADDRESS_LENGTH 8
#define ERROR_SUCCESS 0
typedef struct _IP_ADAPTER_INFO {
  struct _IP_ADAPTER_INFO *Next;
  DWORD ComboIndex;
  char AdapterName[MAX_ADAPTER_NAME_LENGTH + 4];
  char Description[MAX_ADAPTER_DESCRIPTION_LENGTH + 4];
  unsigned AddressLength;
  BYTE Address[MAX_ADAPTER_ADDRESS_LENGTH];
  DWORD Index;
  unsigned Type;
} IP_ADAPTER_INFO, *PIP_ADAPTER_INFO;
#ifdef __cplusplus
extern "C" {
#endif
ULONG GetAdaptersInfo(PIP_ADAPTER_INFO AdapterInfo, ULONG *SizePointer);
#ifdef __cplusplus
}
#endif
#endif
