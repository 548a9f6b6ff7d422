using Sujuva.Web.Features.Clients;

namespace Sujuva.Web.Tests.Clients;

public sealed class FinnishIdentityCodeTests
{
    private static readonly DateOnly Today = new(2026, 12, 6);

    [Theory]
    [InlineData("131052-308T", 1952, 10, 13)]   // the agency's own example
    [InlineData("010594Y9021", 1994, 5, 1)]     // its example of a sign added in 2023
    [InlineData("020300+123N", 1800, 3, 2)]
    [InlineData("150697U002L", 1997, 6, 15)]
    [InlineData("311299X9008", 1999, 12, 31)]   // a temporary number (900–999)
    [InlineData("010105A123P", 2005, 1, 1)]
    [InlineData("291100B4569", 2000, 11, 29)]
    [InlineData("010101F999X", 2001, 1, 1)]
    [InlineData("290200A1239", 2000, 2, 29)]    // 2000 was a leap year
    public void Read_ValidCode_GivesTheBirthDate(string text, int year, int month, int day)
    {
        var (code, fault) = FinnishIdentityCode.Read(text, Today);

        Assert.Null(fault);
        Assert.Equal(new DateOnly(year, month, day), code!.BirthDate);
        Assert.Equal(text, code.Value);
    }

    [Theory]
    [InlineData("-", 1900)]
    [InlineData("Y", 1900)]
    [InlineData("X", 1900)]
    [InlineData("W", 1900)]
    [InlineData("V", 1900)]
    [InlineData("U", 1900)]
    [InlineData("+", 1800)]
    [InlineData("A", 2000)]
    [InlineData("B", 2000)]
    [InlineData("C", 2000)]
    [InlineData("D", 2000)]
    [InlineData("E", 2000)]
    [InlineData("F", 2000)]
    public void Read_EachCenturySign_GivesItsCentury(string sign, int century)
    {
        // The check character depends only on the digits, so it is the same under every sign.
        var (code, fault) = FinnishIdentityCode.Read($"010203{sign}308Y", Today);

        Assert.Null(fault);
        Assert.Equal(new DateOnly(century + 3, 2, 1), code!.BirthDate);
    }

    [Theory]
    [InlineData("131052G308T")]
    [InlineData("131052*308T")]
    [InlineData("131052Z308T")]
    public void Read_UnknownCenturySign_IsACenturySignFault(string text) =>
        Assert.Equal(IdentityCodeFault.CenturySign, FinnishIdentityCode.Read(text, Today).Fault);

    [Theory]
    [InlineData("131052-308U")]
    [InlineData("131052-3081")]
    [InlineData("010594Y9022")]
    public void Read_WrongCheckCharacter_IsACheckCharacterFault(string text) =>
        Assert.Equal(IdentityCodeFault.CheckCharacter, FinnishIdentityCode.Read(text, Today).Fault);

    [Theory]
    [InlineData("290201A123")]    // 2001 was not a leap year (check character irrelevant: the date fails first)
    [InlineData("290200-1230")]   // nor was 1900
    [InlineData("310452-308T")]   // 31 April
    [InlineData("001052-308T")]   // day 0
    [InlineData("131352-308T")]   // month 13
    [InlineData("010127A123P")]   // 1 January 2027, after today
    public void Read_ImpossibleDate_IsADateFault(string text)
    {
        var padded = text.Length == 10 ? text + "0" : text;
        Assert.Equal(IdentityCodeFault.Date, FinnishIdentityCode.Read(padded, Today).Fault);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("131052-308")]
    [InlineData("131052-308TT")]
    [InlineData("13105A-308T")]
    [InlineData("131052-3O8T")]
    public void Read_WrongShape_IsAFormatFault(string? text) =>
        Assert.Equal(IdentityCodeFault.Format, FinnishIdentityCode.Read(text, Today).Fault);

    [Theory]
    [InlineData("131052-000")]
    [InlineData("131052-001")]
    public void Read_IndividualNumberNeverGiven_IsRefused(string nine)
    {
        const string checks = "0123456789ABCDEFHJKLMNPRSTUVWXY";
        var digits = int.Parse(nine[..6] + nine[7..], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(IdentityCodeFault.IndividualNumber, FinnishIdentityCode.Read(nine + checks[digits % 31], Today).Fault);
    }

    [Fact]
    public void Read_LowerCaseWithSpaces_IsNormalised()
    {
        var (code, _) = FinnishIdentityCode.Read("  010594y9021 ", Today);

        Assert.Equal("010594Y9021", code!.Value);
    }
}
