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
#define CALG_MD5 0x8003
#define CALG_SHA_256 0x800c
#define CALG_RC4 0x6801
#define CALG_AES_256 0x6610
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
#ifdef __cplusplus
}
#endif
#endif
