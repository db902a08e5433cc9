/* Mock of the Windows CryptoAPI, CNG and logon APIs: real signatures, no bodies. */
#ifndef MOCK_WINDOWS_H
#define MOCK_WINDOWS_H
typedef int BOOL;
typedef unsigned long DWORD;
typedef unsigned char BYTE;
typedef unsigned long ULONG;
typedef unsigned char UCHAR;
typedef long NTSTATUS;
typedef unsigned long ULONG_PTR;
typedef ULONG_PTR HCRYPTPROV, HCRYPTKEY, HCRYPTHASH;
typedef void *HANDLE, *PHANDLE, *BCRYPT_ALG_HANDLE, *BCRYPT_KEY_HANDLE, *BCRYPT_HASH_HANDLE;
typedef const char *LPCSTR;
typedef const __WCHAR_TYPE__ *LPCWSTR;
typedef unsigned int ALG_ID;
#define CALG_MD2 0x8001
#define CALG_MD4 0x8002
#define CALG_MD5 0x8003
#define CALG_SHA 0x8004
#define CALG_SHA1 0x8004
#define CALG_SHA_256 0x800c
#define CALG_SHA_384 0x800d
#define CALG_DES 0x6601
#define CALG_RC2 0x6602
#define CALG_3DES 0x6603
#define CALG_3DES_112 0x6609
#define CALG_RC4 0x6801
#define CALG_AES_128 0x660e
#define CALG_AES_256 0x6610
#define CALG_RSA_SIGN 0x2400
#define CALG_RSA_KEYX 0xa400
#define AT_KEYEXCHANGE 1
#define AT_SIGNATURE 2
#define CRYPT_EXPORTABLE 0x00000001
#define CRYPT_OAEP 0x00000040
#define PUBLICKEYBLOB 0x6
#define PRIVATEKEYBLOB 0x7
#define PLAINTEXTKEYBLOB 0x8
#define CUR_BLOB_VERSION 2
#define TRUE 1
#define FALSE 0
#define PROV_RSA_AES 24
#define CRYPT_VERIFYCONTEXT 0xF0000000
#define LOGON32_LOGON_INTERACTIVE 2
#define LOGON32_PROVIDER_DEFAULT 0
#ifdef __cplusplus
extern "C" {
#endif
BOOL CryptAcquireContextA(HCRYPTPROV *phProv, LPCSTR szContainer, LPCSTR szProvider, DWORD dwProvType, DWORD dwFlags);
BOOL CryptCreateHash(HCRYPTPROV hProv, ALG_ID Algid, HCRYPTKEY hKey, DWORD dwFlags, HCRYPTHASH *phHash);
BOOL CryptHashData(HCRYPTHASH hHash, const BYTE *pbData, DWORD dwDataLen, DWORD dwFlags);
BOOL CryptDeriveKey(HCRYPTPROV hProv, ALG_ID Algid, HCRYPTHASH hBaseData, DWORD dwFlags, HCRYPTKEY *phKey);
BOOL CryptImportKey(HCRYPTPROV hProv, const BYTE *pbData, DWORD dwDataLen, HCRYPTKEY hPubKey, DWORD dwFlags, HCRYPTKEY *phKey);
BOOL CryptGenRandom(HCRYPTPROV hProv, DWORD dwLen, BYTE *pbBuffer);
#define KP_IV 1
#define KP_SALT 2
BOOL CryptSetKeyParam(HCRYPTKEY hKey, DWORD dwParam, const BYTE *pbData, DWORD dwFlags);
BOOL CryptGenKey(HCRYPTPROV hProv, ALG_ID Algid, DWORD dwFlags, HCRYPTKEY *phKey);
BOOL CryptGetUserKey(HCRYPTPROV hProv, DWORD dwKeySpec, HCRYPTKEY *phUserKey);
#define SIMPLEBLOB 0x1
#define KP_P 11
#define KP_G 12
#define KP_Q 13
#define CALG_DH_SF 0xaa01
#define CALG_DH_EPHEM 0xaa02
#define CRYPT_PREGEN 0x00000040
typedef struct _CRYPTOAPI_BLOB {
  DWORD cbData;
  BYTE *pbData;
} CRYPT_INTEGER_BLOB, *PCRYPT_INTEGER_BLOB, CRYPT_DATA_BLOB, *PCRYPT_DATA_BLOB, DATA_BLOB, *PDATA_BLOB;
BOOL CryptExportKey(HCRYPTKEY hKey, HCRYPTKEY hExpKey, DWORD dwBlobType, DWORD dwFlags, BYTE *pbData, DWORD *pdwDataLen);
BOOL CryptEncrypt(HCRYPTKEY hKey, HCRYPTHASH hHash, BOOL Final, DWORD dwFlags, BYTE *pbData, DWORD *pdwDataLen, DWORD dwBufLen);
BOOL CryptDecrypt(HCRYPTKEY hKey, HCRYPTHASH hHash, BOOL Final, DWORD dwFlags, BYTE *pbData, DWORD *pdwDataLen);
BOOL CryptDestroyKey(HCRYPTKEY hKey);
BOOL CryptDestroyHash(HCRYPTHASH hHash);
BOOL CryptVerifySignatureA(HCRYPTHASH hHash, const BYTE *pbSignature, DWORD dwSigLen, HCRYPTKEY hPubKey, LPCSTR szDescription, DWORD dwFlags);
NTSTATUS BCryptVerifySignature(BCRYPT_KEY_HANDLE hKey, void *pPaddingInfo, UCHAR *pbHash, ULONG cbHash, UCHAR *pbSignature, ULONG cbSignature, ULONG dwFlags);
BOOL CryptSignHashA(HCRYPTHASH hHash, DWORD dwKeySpec, LPCSTR szDescription, DWORD dwFlags, BYTE *pbSignature, DWORD *pdwSigLen);
#define BCRYPT_DES_ALGORITHM L"DES"
#define BCRYPT_DESX_ALGORITHM L"DESX"
#define BCRYPT_3DES_ALGORITHM L"3DES"
#define BCRYPT_3DES_112_ALGORITHM L"3DES_112"
#define BCRYPT_RC2_ALGORITHM L"RC2"
#define BCRYPT_RC4_ALGORITHM L"RC4"
#define BCRYPT_AES_ALGORITHM L"AES"
#define BCRYPT_MD2_ALGORITHM L"MD2"
#define BCRYPT_MD4_ALGORITHM L"MD4"
#define BCRYPT_MD5_ALGORITHM L"MD5"
#define BCRYPT_SHA1_ALGORITHM L"SHA1"
#define BCRYPT_SHA256_ALGORITHM L"SHA256"
#define BCRYPT_RSA_ALGORITHM L"RSA"
#define BCRYPT_CHAINING_MODE L"ChainingMode"
#define BCRYPT_CHAIN_MODE_ECB L"ChainingModeECB"
#define BCRYPT_CHAIN_MODE_CBC L"ChainingModeCBC"
#define BCRYPT_CHAIN_MODE_GCM L"ChainingModeGCM"
#define BCRYPT_ALG_HANDLE_HMAC_FLAG 0x00000008
#define BCRYPT_USE_SYSTEM_PREFERRED_RNG 0x00000002
#define BCRYPT_BLOCK_PADDING 0x00000001
#define BCRYPT_PAD_NONE 0x00000001
#define BCRYPT_PAD_PKCS1 0x00000002
#define BCRYPT_SUCCESS(Status) (((NTSTATUS)(Status)) >= 0)
NTSTATUS BCryptOpenAlgorithmProvider(BCRYPT_ALG_HANDLE *phAlgorithm, LPCWSTR pszAlgId, LPCWSTR pszImplementation, ULONG dwFlags);
NTSTATUS BCryptDecrypt(BCRYPT_KEY_HANDLE hKey, UCHAR *pbInput, ULONG cbInput, void *pPaddingInfo, UCHAR *pbIV, ULONG cbIV, UCHAR *pbOutput, ULONG cbOutput, ULONG *pcbResult, ULONG dwFlags);
NTSTATUS BCryptCreateHash(BCRYPT_ALG_HANDLE hAlgorithm, BCRYPT_HASH_HANDLE *phHash, UCHAR *pbHashObject, ULONG cbHashObject, UCHAR *pbSecret, ULONG cbSecret, ULONG dwFlags);
NTSTATUS BCryptHashData(BCRYPT_HASH_HANDLE hHash, UCHAR *pbInput, ULONG cbInput, ULONG dwFlags);
NTSTATUS BCryptImportKey(BCRYPT_ALG_HANDLE hAlgorithm, BCRYPT_KEY_HANDLE hImportKey, LPCWSTR pszBlobType, BCRYPT_KEY_HANDLE *phKey, UCHAR *pbKeyObject, ULONG cbKeyObject, UCHAR *pbInput, ULONG cbInput, ULONG dwFlags);
NTSTATUS BCryptGenerateSymmetricKey(BCRYPT_ALG_HANDLE hAlgorithm, BCRYPT_KEY_HANDLE *phKey, UCHAR *pbKeyObject, ULONG cbKeyObject, UCHAR *pbSecret, ULONG cbSecret, ULONG dwFlags);
NTSTATUS BCryptEncrypt(BCRYPT_KEY_HANDLE hKey, UCHAR *pbInput, ULONG cbInput, void *pPaddingInfo, UCHAR *pbIV, ULONG cbIV, UCHAR *pbOutput, ULONG cbOutput, ULONG *pcbResult, ULONG dwFlags);
NTSTATUS BCryptGenRandom(BCRYPT_ALG_HANDLE hAlgorithm, UCHAR *pbBuffer, ULONG cbBuffer, ULONG dwFlags);
NTSTATUS BCryptDeriveKeyPBKDF2(BCRYPT_ALG_HANDLE hPrf, UCHAR *pbPassword, ULONG cbPassword, UCHAR *pbSalt, ULONG cbSalt, unsigned long long cIterations, UCHAR *pbDerivedKey, ULONG cbDerivedKey, ULONG dwFlags);
BOOL LogonUserA(LPCSTR lpszUsername, LPCSTR lpszDomain, LPCSTR lpszPassword, DWORD dwLogonType, DWORD dwLogonProvider, PHANDLE phToken);
/* escrow mocks */
#define BCRYPT_RSAPUBLIC_BLOB L"RSAPUBLICBLOB"
#define BCRYPT_RSAPRIVATE_BLOB L"RSAPRIVATEBLOB"
#define BCRYPT_ECCPUBLIC_BLOB L"ECCPUBLICBLOB"
#define BCRYPT_PAD_OAEP 0x00000004
NTSTATUS BCryptGenerateKeyPair(BCRYPT_ALG_HANDLE hAlgorithm, BCRYPT_KEY_HANDLE *phKey, ULONG dwLength, ULONG dwFlags);
NTSTATUS BCryptFinalizeKeyPair(BCRYPT_KEY_HANDLE hKey, ULONG dwFlags);
NTSTATUS BCryptExportKey(BCRYPT_KEY_HANDLE hKey, BCRYPT_KEY_HANDLE hExportKey, LPCWSTR pszBlobType, UCHAR *pbOutput, ULONG cbOutput, ULONG *pcbResult, ULONG dwFlags);
NTSTATUS BCryptImportKeyPair(BCRYPT_ALG_HANDLE hAlgorithm, BCRYPT_KEY_HANDLE hImportKey, LPCWSTR pszBlobType, BCRYPT_KEY_HANDLE *phKey, UCHAR *pbInput, ULONG cbInput, ULONG dwFlags);
BOOL WinHttpSendRequest(HANDLE hRequest, LPCWSTR lpszHeaders, DWORD dwHeadersLength, void *lpOptional, DWORD dwOptionalLength, DWORD dwTotalLength, ULONG_PTR dwContext);
BOOL WriteFile(HANDLE hFile, const void *lpBuffer, DWORD nNumberOfBytesToWrite, DWORD *lpNumberOfBytesWritten, void *lpOverlapped);
void OutputDebugStringA(LPCSTR lpOutputString);
BOOL CryptBinaryToStringA(const BYTE *pbBinary, DWORD cbBinary, DWORD dwFlags, char *pszString, DWORD *pcchString);
#define BCRYPT_DH_PARAMETERS L"DHParameters"
NTSTATUS BCryptSetProperty(void *hObject, LPCWSTR pszProperty, UCHAR *pbInput, ULONG cbInput, ULONG dwFlags);
/* Processes, shells and libraries (backdoor-input-trigger payloads). */
typedef char *LPSTR;
typedef void *HWND, *HINSTANCE, *HMODULE;
typedef unsigned long long UINT_PTR, SOCKET;
typedef struct _STARTUPINFOA { DWORD cb; LPSTR lpReserved, lpDesktop, lpTitle; DWORD dwFlags; HANDLE hStdInput, hStdOutput, hStdError; } STARTUPINFOA;
typedef struct _PROCESS_INFORMATION { HANDLE hProcess, hThread; DWORD dwProcessId, dwThreadId; } PROCESS_INFORMATION;
HINSTANCE ShellExecuteA(HWND hwnd, LPCSTR lpOperation, LPCSTR lpFile, LPCSTR lpParameters, LPCSTR lpDirectory, int nShowCmd);
BOOL CreateProcessA(LPCSTR lpApplicationName, LPSTR lpCommandLine, void *lpProcessAttributes, void *lpThreadAttributes, BOOL bInheritHandles, DWORD dwCreationFlags, void *lpEnvironment, LPCSTR lpCurrentDirectory, STARTUPINFOA *lpStartupInfo, PROCESS_INFORMATION *lpProcessInformation);
unsigned WinExec(LPCSTR lpCmdLine, unsigned uCmdShow);
HMODULE LoadLibraryA(LPCSTR lpLibFileName);
BOOL DeleteFileA(LPCSTR lpFileName);
DWORD GetTickCount(void);
#define SW_HIDE 0
#define CREATE_NO_WINDOW 0x08000000
/* The machine's identity (catalog input kind host-identity). */
BOOL GetComputerNameA(LPSTR lpBuffer, DWORD *nSize);
BOOL GetVolumeInformationA(LPCSTR lpRootPathName, LPSTR lpVolumeNameBuffer, DWORD nVolumeNameSize,
                           DWORD *lpVolumeSerialNumber, DWORD *lpMaximumComponentLength,
                           DWORD *lpFileSystemFlags, LPSTR lpFileSystemNameBuffer,
                           DWORD nFileSystemNameSize);
#ifdef __cplusplus
}
#endif
#endif
