using Microsoft.Extensions.Localization;
using Sujuva.Analytics.Forecasts;
using Sujuva.Web.Components.Data;
using Sujuva.Web.Resources;

namespace Sujuva.Web.Components.Pages.Dashboards;

/// <summary>Why a forecast was refused, in the user's language (the refusal's code is a resource key).</summary>
public static class ForecastReason
{
    /// <param name="startsBasis">A referral wait draws on starts, not closes: its empty basis is "nothing started".</param>
    public static string Of(IResult result, IStringLocalizer<Strings> t, bool startsBasis = false)
    {
        ArgumentNullException.ThrowIfNull(t);
        var code = PageData.ProblemCode(result) ?? "Errors.Failed";
        if (startsBasis && code == "Forecasts.BasisAllZero") code = "ForecastWait.NoStarts";
        var text = t[code, MonteCarlo.MinimumBasisDays];
        return text.ResourceNotFound ? t["Errors.Failed"] : text;
    }
}
