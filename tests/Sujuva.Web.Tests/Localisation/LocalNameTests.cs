using System.Globalization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Sujuva.Web.Components.Pages.Dashboards;
using Sujuva.Web.Features.Cases;
using Sujuva.Web.Features.EventLog;
using Sujuva.Web.Platform.Localisation;
using Sujuva.Web.Resources;

namespace Sujuva.Web.Tests.Localisation;

/// <summary>Names and activities in the reader's language.</summary>
public sealed class LocalNameTests
{
    [Theory]
    [InlineData("fi", "Haku")]
    [InlineData("sv", "Ansökan")]
    [InlineData("en", "Application")]
    public void Pick_AllThreeGiven_IsTheUiLanguages(string language, string expected) =>
        Assert.Equal(expected, In(language, () => LocalName.Pick("Haku", "Ansökan", "Application")));

    [Theory]
    [InlineData("sv", null)]
    [InlineData("sv", " ")]
    [InlineData("en", null)]
    public void Pick_TranslationMissing_IsTheFinnishName(string language, string? translation) =>
        Assert.Equal("Haku", In(language, () => LocalName.Pick("Haku", translation, translation)));

    [Fact]
    public void Optional_Blank_IsNullAndTextIsTrimmed() =>
        Assert.Equal((null, "Ansökan"), (LocalName.Optional("  "), LocalName.Optional(" Ansökan ")));

    public static TheoryData<string, string> Activities => new()
    {
        { ExportedActivity.Closed, "en" }, { ExportedActivity.Unblocked, "fi" }, { ExportedActivity.WorkLogged, "sv" },
        { ExportedActivity.ReferralSent, "fi" }, { ExportedActivity.ReferralAccepted, "sv" },
        { ExportedActivity.ReferralDeclined, "fi" }, { ExportedActivity.Blocked + "WaitingForClient", "sv" },
    };

    [Theory, MemberData(nameof(Activities))]
    public void ActivityLabel_FixedActivity_HasATextInEveryLanguage(string activity, string _)
    {
        foreach (var language in SupportedCultures.Names)
        {
            var label = In(language, () => ActivityLabel.Of(activity, Strings(), Reasons()));
            Assert.DoesNotContain("Event.", label, StringComparison.Ordinal);
            Assert.DoesNotContain("BlockReason.", label, StringComparison.Ordinal);
            if (language != "en") Assert.NotEqual(activity, label);
        }
    }

    [Fact]
    public void ActivityLabel_StageName_IsUnchanged() => Assert.Equal("Ansökan", ActivityLabel.Of("Ansökan", Strings(), Reasons()));

    [Fact]
    public void ActivityLabel_NamedBlockReason_IsTheNetworksName() =>
        Assert.Equal("Estynyt: Odottaa Kelan päätöstä", In("fi", () => ActivityLabel.Of(ExportedActivity.Blocked + "WaitingForDecision",
            Strings(), Reasons(Cases.BlockReasonNamesTests.Named(BlockReason.WaitingForDecision, "Odottaa Kelan päätöstä", null, null)))));

    private static BlockReasonNames Reasons(params BlockReasonName[] named) => Cases.BlockReasonNamesTests.Holding(named);

    private static IStringLocalizer Strings() =>
        new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance)
            .Create(typeof(Strings));

    private static T In<T>(string language, Func<T> read)
    {
        var (culture, ui) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
        try { return read(); }
        finally { (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, ui); }
    }
}
