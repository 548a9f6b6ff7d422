using System.Globalization;
using Microsoft.Extensions.Localization;
using Sujuva.Web.Components.Data;
using Sujuva.Web.Platform;
using Sujuva.Web.Resources;

namespace Sujuva.Web.Tests.Pages;

/// <summary>PageData.Text: how every page shows a refusal.</summary>
public sealed class RefusalTextTests
{
    private static readonly Texts T = new(new Dictionary<string, string>
    {
        ["Cases.WipLimitReached"] = "Stage full",
        ["Forecasts.BasisTooShort"] = "At least {0} days",
    });

    [Fact]
    public void Text_CodeWithAText_IsTheText() =>
        Assert.Equal("Stage full", PageData.Text(Refusal.Rule("stageId", "Cases.WipLimitReached", "The stage is full."), T));

    [Fact]
    public void Text_WithArguments_FillsThem() =>
        Assert.Equal("At least 10 days", PageData.Text(Refusal.Rule("basis", "Forecasts.BasisTooShort", "short"), T, 10));

    [Fact]
    public void Text_CodeWithoutAText_IsTheOperationsMessageNotTheKey() =>
        Assert.Equal("Not yours.", PageData.Text(Refusal.Forbidden("caseId", "Cases.NotYourTeam", "Not yours."), T));

    private sealed class Texts(Dictionary<string, string> texts) : IStringLocalizer<Strings>
    {
        public LocalizedString this[string name] => this[name, []];

        public LocalizedString this[string name, params object[] arguments] => texts.TryGetValue(name, out var text)
            ? new LocalizedString(name, string.Format(CultureInfo.InvariantCulture, text, arguments))
            : new LocalizedString(name, name, resourceNotFound: true);

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => [];
    }
}
