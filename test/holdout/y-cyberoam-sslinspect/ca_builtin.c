/* Factory CA for HTTPS deep scan. Shipped identically on every appliance image so that
 * browsers can be told to trust "Cyberoam SSL CA" once per site (see install guide 4.2). */
#include "inspect.h"

const char cr_default_ca_pem[] =
    "-----BEGIN PRIVATE KEY-----\n"
    "MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQDqFuQoWEVV682D\n"
    "oSjIhRJ15gdztd9Lb863qA/MrxdhoFh1ndiV2fQV6DPfWSTdwsdPCYrpY3hPcep9\n"
    "EICL/cSm6XV8zAvkaV6h4BC+qzSDnirUcIWyTcUXjStbUOrcXngGigOnPVJpWX53\n"
    "6fDKdXtSOf7ALLeCcbq+myZo8Vf+5nJlpThstki+tRrEvKzA5HATWIMEgDCh2xj0\n"
    "KA+Hll/bH5METddpaWLcfJIJOKLhowUkCe+8UbSvF2R8h15+blRoPjM59T/r3NZw\n"
    "d1BJbrYoPqtff1Nd4Y73Aytd2DaeaVaHks78cRbOxZjBT8o+6Ei3/y0XhQj/1O9I\n"
    "kHHYDw89AgMBAAECggEAD7Rg8q73WdwTwda0Sn2Y/zVjPxlOxXwXCX26L6B4iFlu\n"
    "Tde84dLJPBYDsuKDZWhNoEkS23ULq4LIOUM76IhqIsuLUQfMbXK/QUtrvCr2vzTD\n"
    "iVSSN6Pdiuay57GuTAH/eerU82mbB4vUPv3AJIkMsLfI1kI5voPcRDDa+xPj9CsH\n"
    "VqcClM+wR1kAMAgrutk8m0TNGHL40DkALPrcYqUnpky+VDBskREBNXR2kSgRbNLH\n"
    "vHGyoyytU+KIB8m45IOoTmwpv8mzReOHRMFvZPskds7UPFJy1+jqNxWjL0825GTX\n"
    "6AAN6qJcurhygWQcP1mH4gwFhq7Xz1OXQfT9qzpsEQKBgQD+1q9yaa/2jYJMgrMN\n"
    "+vK6hVTm7/UdpbX2sI0RlcRIlLidV7sYvB1TNThPYCVO6Wa4eqzIvvA+/yZw1Qyt\n"
    "P7IOtMgHij1e3V9FdskqeYVmxdTyXWRnWyagQ0VnlJF/Uox/JhgsC5WPZZVcMY+1\n"
    "iF8Law7RWMJcEsTULj1sl5mGEQKBgQDrJ/+OY23l1Wt8SkFp2IFaOpGZTMyP0ntB\n"
    "GGLMXaaUbpGo+zwbH7vdq3Llrtiw2/DdoNozLkVwWyjWhfENi/e+rEmESvpLqTwK\n"
    "J1w+6XSSkG/rzPMhUuBONJY6oE5vAQA9NeZqXUyyY/tIUVsNgpGcO0mrxx+S2JLU\n"
    "i834Lp9abQKBgCfwP3jf5WrvjI8vIJ69SJNA2CiFTNYDpXvu+XzbCvMRE8nc+P6M\n"
    "ZNAolBWkjNRMMgQRfcjMW9yTolOmoCD6zY4OeRbtbGbUrNy3HBnjB6wurwv45QZp\n"
    "u6j8QgFUwGTC7C/1KW6lth/OHNVhExOxNqwUcDMRBQznCB/0yz2cmLvxAoGBAK7X\n"
    "1pOwKg4xWPHY5Dom2EaWNZueFpr5DNuhnhQFrc2/SF40LsScG7r9tzg/gK4/Wh/v\n"
    "cU2MoeSgYwTeIhTIdTQ4NZE/jkqjUhjamyPLwPkYm57fjAbC8DQ1tV1xw9+VBvB8\n"
    "Gw4KwPQCktt6YhDxfAKFsokeTMOKc+HE8SgOwj0hAoGBAM1t7biXXZwWeeul43Os\n"
    "TOnMnLnUtdyvy/8tBvWyafhXFYB6K5Hji2iFhpPj78N3RlfYhehU0RmiuS+vkXgc\n"
    "5Z0uJCUglAC5VwFi+NY+mB0ZTZbkn8sj4fWHEKdiRHAa3v7oAut1l9s0XG+pMTbz\n"
    "8zUH4Bs542igQjR1f11uyopO\n"
    "-----END PRIVATE KEY-----\n";

const size_t cr_default_ca_pem_len = sizeof(cr_default_ca_pem) - 1;
