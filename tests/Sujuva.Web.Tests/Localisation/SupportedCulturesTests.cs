using System.Globalization;
using Sujuva.Web.Platform.Localisation;

namespace Sujuva.Web.Tests.Localisation;

public sealed class SupportedCulturesTests
{
    private static readonly DateTime Evening = new(2026, 11, 23, 18, 5, 0);

    [Theory]
    [InlineData("fi", "23.11.2026 18.05")]
    [InlineData("sv", "2026-11-23 18:05")]
    [InlineData("en", "23/11/2026 18:05")]
    public void FormatsFor_Language_WritesDatesAsInFinlandOrBritain(string language, string expected) =>
        Assert.Equal(expected, Evening.ToString("g", SupportedCultures.FormatsFor(language)));

    [Fact]
    public void FormatsFor_UnknownLanguage_IsNull() => Assert.Null(SupportedCultures.FormatsFor("de"));

    [Fact]
    public void IsSupported_OnlyTheThreeLanguages()
    {
        Assert.True(SupportedCultures.IsSupported("SV"));
        Assert.False(SupportedCultures.IsSupported("de"));
        Assert.False(SupportedCultures.IsSupported(null));
        Assert.Equal(["fi", "sv", "en"], SupportedCultures.All.Select(c => c.Name));
    }
}
