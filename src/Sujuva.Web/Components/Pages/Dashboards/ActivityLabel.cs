using Microsoft.Extensions.Localization;
using Sujuva.Web.Features.Cases;
using Sujuva.Web.Features.EventLog;

namespace Sujuva.Web.Components.Pages.Dashboards;

/// <summary>
/// A fixed activity of the exported log (<see cref="ExportedActivity"/>) in the reader's language, with the
/// event's name from the journey ("Event.*") and a block's reason by its name (<see cref="BlockReasonNames"/>). The export itself
/// keeps the English texts: they are part of its public format.
/// </summary>
public static class ActivityLabel
{
    public static string Of(string activity, IStringLocalizer localizer, BlockReasonNames reasons)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(localizer);
        ArgumentNullException.ThrowIfNull(reasons);
        if (activity.StartsWith(ExportedActivity.Blocked, StringComparison.Ordinal))
            return $"{localizer["Event.CaseBlocked"]}: {reasons.Of(localizer, activity[ExportedActivity.Blocked.Length..])}";
        return activity switch
        {
            ExportedActivity.Unblocked => localizer["Event.CaseUnblocked"],
            ExportedActivity.Closed => localizer["Event.CaseClosed"],
            ExportedActivity.WorkLogged => localizer["Event.WorkLogged"],
            ExportedActivity.ReferralSent => localizer["Event.ReferralSent"],
            ExportedActivity.ReferralAccepted => localizer["Event.ReferralAccepted"],
            ExportedActivity.ReferralDeclined => localizer["Event.ReferralDeclined"],
            _ => activity,
        };
    }
}
