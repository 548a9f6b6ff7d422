using Bunit;
using Sujuva.Web.Components.Pages.Dashboards;
using Sujuva.Web.Features.Forecasts;
using Sujuva.Web.Platform;

namespace Sujuva.Components.Tests;

/// <summary>The expected wait of a new referral as the referral form and the inbox show it: 50/85/95 % with basis, or the reason.</summary>
public sealed class ForecastWhenTests : ComponentTest
{
    private static readonly BasisView Basis = new(new DateOnly(2026, 8, 26), new DateOnly(2026, 11, 23), 90, 57, "starts");

    private static Outcome<WhenView> Wait(int ahead) => new WhenView(Guid.NewGuid(), ahead + 1, ahead,
        new DateOnly(2026, 11, 24), Basis, 10_000,
        [new(50, new DateOnly(2026, 12, 1), 7), new(85, new DateOnly(2026, 12, 8), 14), new(95, new DateOnly(2026, 12, 15), 21)]);

    [Fact]
    public void ReferralWait_WithForecast_ShowsEachLikelihoodDateAndDaysWithQueueAndBasis()
    {
        var cut = Render<ForecastWhen>(p => p.Add(c => c.Result, Wait(ahead: 4)).Add(c => c.Compact, true));

        Assert.Equal(["50 % likely by 01/12/2026 (7 days)", "85 % likely by 08/12/2026 (14 days)", "95 % likely by 15/12/2026 (21 days)"],
            cut.FindAll("[data-forecast=when] li").Select(li => li.TextContent));
        Assert.Equal("4 cases are ahead in the queue.", cut.Find(".forecast-ahead").TextContent);
        Assert.Equal("Basis: cases started per day from 26/08/2026 to 23/11/2026 (90 days, 57 started).", cut.Find(".forecast-basis").TextContent);
        Assert.Contains("forecast-compact", cut.Find(".forecast-when").ClassName, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll(".forecast-refusal"));
    }

    [Fact]
    public void ReferralWait_InFinnish_WritesDatesTheFinnishWay()
    {
        System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.CurrentUICulture = new("fi-FI");

        var cut = Render<ForecastWhen>(p => p.Add(c => c.Result, Wait(ahead: 0)));

        Assert.Equal("50 %:n todennäköisyydellä 1.12.2026 mennessä (7 päivää)", cut.FindAll("[data-forecast=when] li")[0].TextContent);
        Assert.Equal("Jonossa on edellä 0 asiaa.", cut.Find(".forecast-ahead").TextContent);
    }

    [Fact]
    public void ReferralWait_BasisTooShort_ShowsTheReasonAsStatusAndNoDates()
    {
        Outcome<WhenView> refusal = Refusal.Rule("basis", "Forecasts.BasisTooShort", "too short");

        var cut = Render<ForecastWhen>(p => p.Add(c => c.Result, refusal));

        var reason = cut.Find(".forecast-refusal");
        Assert.Equal("status", reason.GetAttribute("role"));
        Assert.Equal("No forecast: the service has too little history; at least 10 days of throughput are needed.", reason.TextContent);
        Assert.Empty(cut.FindAll("[data-forecast=when]"));
    }

    [Fact]
    public void ReferralWait_NoStartsInTheBasis_SaysNothingStartedRatherThanNothingFinished()
    {
        Outcome<WhenView> refusal = Refusal.Rule("basis", "Forecasts.BasisAllZero", "all zero");

        var cut = Render<ForecastWhen>(p => p.Add(c => c.Result, refusal).Add(c => c.StartsBasis, true));

        Assert.Equal("No forecast: no case started work on any day of the basis.", cut.Find(".forecast-refusal").TextContent);
    }

    [Fact]
    public void ReferralWait_UnknownRefusalCode_SaysItFailed()
    {
        var cut = Render<ForecastWhen>(p => p.Add(c => c.Result, (Outcome<WhenView>)Refusal.Rule("basis", "Forecasts.NoSuchCode", "x")));

        Assert.NotEmpty(cut.Find(".forecast-refusal").TextContent);
        Assert.DoesNotContain("Forecasts.NoSuchCode", cut.Markup, StringComparison.Ordinal);
    }
}
