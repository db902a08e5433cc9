// ca_bundle.cpp - the local root CA the installer trusts, and the vendor cloud's key.
#include "bridge.hpp"

namespace hsb {

// The CA's private key, PKCS#8, encrypted (AES-256-CBC under PBKDF2).
extern const char kRootCaKeyPem[] =
    "-----BEGIN ENCRYPTED PRIVATE KEY-----\n"
    "MIIFLTBXBgkqhkiG9w0BBQ0wSjApBgkqhkiG9w0BBQwwHAQI/e00iWrYsX8CAggA\n"
    "MAwGCCqGSIb3DQIJBQAwHQYJYIZIAWUDBAEqBBCxv3maQV5m8jRk+BNs8EIVBIIE\n"
    "0DA+rXFrwfZtEw2e5UYXhD5Aw9j+0DE8+LtbVIjvjyYUvp4s3WwjthbyrmsmEIRa\n"
    "eJx/Jwj6aAIEf4cn6u5CVMHEMLvnQHvSfBFlb8aoRlZhYpBKjvzm13h4DLdkxeo6\n"
    "54VyTA2xpl6TAUiCmVHii6xaYqyC3KFQmlNNYcj6eATBDFqG1Y0oHtGYRuii8BXF\n"
    "lMFrtV2NYrID/x0lTWfNhiLFBLut5DPLc9aHJg2KqkZsdnGUwj7abTyncJYZ+xvH\n"
    "JuqyT+P1wfo1NvgKUm0fFzNN36NfpGSKheiZVdxJMiwSGZ/AQxgY26cHuYbpfE17\n"
    "jBoJDlLIU86x7cEXNdXa3FAljqwNLjRrxlmTMVZ/O39b19idCcBi8az8XZ/3XZmL\n"
    "K/sxOpgyNbzKK02U/xCj5GMAcMgQKqJOAAVehMaKd1GNU3XzjZU5sbpXFSW0OYcI\n"
    "q0jiaVZsurOwp7I9yYhagtmCkIFX4ER+f/C25TtVtAB+NZV+Gz9JbeGtFOxS6o5Y\n"
    "t4ynDsRMyaW9Ge4bhqs1v2KMy0dEIqb5r1vFe+/E6Nc12V61z6rwMWfHdUnZ55+N\n"
    "XX3oKrJydS6YOEoeC1a1KKvyC8VXZy3uY9pAFQ4BWfo4NWRGosA4evkv7yzRgcre\n"
    "kM0npyFdLSJ2XDWrpvfO3djnfaQ9IY1ufHwFMrKy+PUwmMKHpVaF7FLXkYJRBEWR\n"
    "C8UQ0fO9/GP6ZUVru+434l3BkKHmunX1SnOlnzp0D51JUE21FPjOYozvjtW4Hdf6\n"
    "IZChnI6iLgviwXSyGSG2ya5Js324HYKaBGlAuXfAAQMhqvgkkYeCmFmDWgKLSbq0\n"
    "LgHtt7X36qrrwv02L0eUNvdC66WC73969W3Ml9yo9UEcKbGbepylhS9/nbYLAHl0\n"
    "Nsgw+GYfuu2O15elfwb4Ip7oorldoV+49kZdKSTYXeOcimyVJLQonIjm5JgkKn28\n"
    "9IRfdCJNsV0iXQjE86sNCF57N1mnHjNI6C+3RJTb1qluGxA5pDX52iHATQFiSz4i\n"
    "FHh+TA9/U9oqPgi+rKnXs6NmBtwzsjPt8u2bCJ2Vz4eD3cywgJ7VFLVoNRWWH+qQ\n"
    "sTd5LcVaiAl3nzp6ownTGCnTrduc6d4VzwNpxQLx7jZtCODu51RtbTCFela8ifmb\n"
    "TrAZpydFgVdqeppu+XTvD7+f2vgzPXdkliDEaE+mZ1i+ogdBZmvfbr/UaqiUN1nm\n"
    "fjyHab0375lXuFe5lfbXESX4uO0YPqgxWuryP6QltCdc6Uu6oWR1zOAu9kN4B7du\n"
    "U45OeGTVnefcpodRjrZ5vYEfjiN/WXOxB9OoKjZtRqJ5xjFOb+zHvLv8427SgzzT\n"
    "kHT/gdnMnC01rf+1eGIDliYSikwf+DE/Z9iAASQtw2RdraxIVygc9qnu7aP7P1pe\n"
    "8WNPvXZODbiJ2wP6dnx7U3EGYSCNpZsFPlQNr3hdvHl5xIGcAb9bRINJncB/VhGT\n"
    "Q0ZAn63FPk+oA3xhP0XEldYT60nn8JwwyUfPXQGq9crDtbym5rAlfA+3Ia4iMJjX\n"
    "GZdQUs5zBX+F3YAlqNIZgdPbw2Eu/Qgz4xMugcReR8CjfBeLUOroSrNz+Mf+aayb\n"
    "SUnjUkBwFiwDzyMHqR+QiUvAtBhmlck7+9Ic6tUvZIrE\n"
    "-----END ENCRYPTED PRIVATE KEY-----\n";

// ok: backdoor-secret-literal
extern const char kRootCaCertPem[] =
    "-----BEGIN CERTIFICATE-----\n"
    "MIIDYzCCAkugAwIBAgIUC+B/LMfwTU/wQmZka3fgr6kZklcwDQYJKoZIhvcNAQEL\n"
    "BQAwQTEZMBcGA1UECgwQSGVhZFNldHVwIEJyaWRnZTEkMCIGA1UEAwwbSGVhZFNl\n"
    "dHVwIEJyaWRnZSBMb2NhbCBSb290MB4XDTI2MTIwNzE2NDAyN1oXDTQ2MTIwMjE2\n"
    "NDAyN1owQTEZMBcGA1UECgwQSGVhZFNldHVwIEJyaWRnZTEkMCIGA1UEAwwbSGVh\n"
    "ZFNldHVwIEJyaWRnZSBMb2NhbCBSb290MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8A\n"
    "MIIBCgKCAQEAppwtQW+HrcdhZPihpYmStg8ZbnPwQUE7P2xMJNgagaKzYFMCCYWU\n"
    "DdckWEdipxKi4p/SdZnMsRcbYppjmUJPE0d18qdXFcugM5LiDjgR4gaUjh9ff53I\n"
    "8gpgUp5rmHtCzXkcX+cj4qD/YEPHcnkS2B2CyiEvQyyEaux6ci8z+vYpfhM2IbOv\n"
    "FP39Uu4Rufyr3+qlgMuP6O31i8w9CEzalaWbp7A1uv8zk5ZpAcTxTIPgPoKXb7dT\n"
    "i5NUHAaCmXvZHkQ6tB3H//GDdMHobjIRVTY5fLiR+zA01TLmcExyGAA1phZCfbXR\n"
    "Ieedx8HsSelSHQtwyyI02vs+xvwRoW+O1wIDAQABo1MwUTAdBgNVHQ4EFgQUemiR\n"
    "qT1HVwDFFHeA3r3kNc27xXIwHwYDVR0jBBgwFoAUemiRqT1HVwDFFHeA3r3kNc27\n"
    "xXIwDwYDVR0TAQH/BAUwAwEB/zANBgkqhkiG9w0BAQsFAAOCAQEAVQUVDoZZYNT1\n"
    "eqAyTmtQrVdtn6yryynGYp7yhIe32wVUP+Xv1U/98bDpUJtKZktK5DY+gKE69ioF\n"
    "PIFyZJYVzNx2kTGbKwNTS0OXSzOUhGTIagS0w8HyN/4ojTgdVZnCR5dLvTTPF6JZ\n"
    "Qpc7MoIt0D5zenfpEvEsG0hy5sXuwiaVRDyqj91OMOZzneaaZw1QSonvyYFh2VFy\n"
    "HazFQhk/HEmLOCEfwCE0s2c7noQy/0C4NuaQIxnHgJKAfGcrEcqZgp8ICRwv36GK\n"
    "emLVdMNX6phPRZ+b9+E8MVXKd1PaluLu9i9I7opTRIdNsiQCn/AfLbxAMH6vv1PR\n"
    "kSGAtBnq3w==\n"
    "-----END CERTIFICATE-----\n";

// Key of the vendor's analytics endpoint (sent with update checks).
// ruleid: backdoor-secret-literal
extern const char kCloudApiKey[] = "2e5929d32c9d4f790178c8bf4837243684be7cd3a36bc47b7b3448c207b3944d";

} // namespace hsb
