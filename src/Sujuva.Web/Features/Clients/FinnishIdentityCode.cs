using System.Globalization;

namespace Sujuva.Web.Features.Clients;

/// <summary>Why a text is not a Finnish personal identity code; each has its own message for the person typing it.</summary>
public enum IdentityCodeFault
{
    /// <summary>Not DDMMYY, a century sign, three digits and a check character (11 characters).</summary>
    Format,
    CenturySign,
    /// <summary>No such day, or a day after today: nobody is born in the future.</summary>
    Date,
    /// <summary>000 and 001 are never given.</summary>
    IndividualNumber,
    CheckCharacter,
}

/// <summary>
/// A valid Finnish personal identity code (henkilötunnus), as the Digital and Population Data Services
/// Agency defines it: DDMMYY, a century sign (+ 1800s; - Y X W V U 1900s; A B C D E F 2000s, the extra
/// signs since 2023), an individual number 002–999 (900–999 temporary) and a check character: the nine
/// digits DDMMYYNNN modulo 31, read from "0123456789ABCDEFHJKLMNPRSTUVWXY".
/// </summary>
public sealed record FinnishIdentityCode(string Value, DateOnly BirthDate)
{
    public const int Length = 11;
    private const string CheckCharacters = "0123456789ABCDEFHJKLMNPRSTUVWXY";

    /// <summary>Reads a code as typed: surrounding spaces and lower-case letters are accepted and normalised.</summary>
    public static (FinnishIdentityCode? Code, IdentityCodeFault? Fault) Read(string? text, DateOnly today)
    {
        var code = (text ?? "").Trim().ToUpperInvariant();
        if (code.Length != Length || !AllDigits(code, 0, 6) || !AllDigits(code, 7, 3)) return (null, IdentityCodeFault.Format);
        if (CenturyOf(code[6]) is not int century) return (null, IdentityCodeFault.CenturySign);

        var day = Number(code, 0, 2);
        var month = Number(code, 2, 2);
        var year = century + Number(code, 4, 2);
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return (null, IdentityCodeFault.Date);
        var born = new DateOnly(year, month, day);
        if (born > today) return (null, IdentityCodeFault.Date);

        if (Number(code, 7, 3) < 2) return (null, IdentityCodeFault.IndividualNumber);
        var nine = int.Parse(string.Concat(code.AsSpan(0, 6), code.AsSpan(7, 3)), CultureInfo.InvariantCulture);
        if (CheckCharacters[nine % 31] != code[10]) return (null, IdentityCodeFault.CheckCharacter);
        return (new FinnishIdentityCode(code, born), null);
    }

    private static int? CenturyOf(char sign) => sign switch
    {
        '+' => 1800,
        '-' or 'Y' or 'X' or 'W' or 'V' or 'U' => 1900,
        'A' or 'B' or 'C' or 'D' or 'E' or 'F' => 2000,
        _ => null,
    };

    private static bool AllDigits(string s, int start, int count)
    {
        for (var i = start; i < start + count; i++) if (!char.IsAsciiDigit(s[i])) return false;
        return true;
    }

    private static int Number(string s, int start, int count) =>
        int.Parse(s.AsSpan(start, count), NumberStyles.None, CultureInfo.InvariantCulture);
}
