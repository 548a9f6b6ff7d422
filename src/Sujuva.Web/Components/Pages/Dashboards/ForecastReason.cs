using Microsoft.Extensions.Localization;
using Sujuva.Analytics.Forecasts;
using Sujuva.Web.Components.Data;
using Sujuva.Web.Platform;
using Sujuva.Web.Resources;

namespace Sujuva.Web.Components.Pages.Dashboards;

/// <summary>Why a forecast was refused, in the user's language (PageData.Text, with the basis's minimum length).</summary>
public static class ForecastReason
{
    /// <param name="startsBasis">A referral wait draws on starts, not closes: its empty basis is "nothing started".</param>
    public static string Of(Refusal refusal, IStringLocalizer<Strings> t, bool startsBasis = false)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        if (startsBasis && refusal.Code == "Forecasts.BasisAllZero") refusal = refusal with { Code = "ForecastWait.NoStarts" };
        return PageData.Text(refusal, t, MonteCarlo.MinimumBasisDays);
    }
}
