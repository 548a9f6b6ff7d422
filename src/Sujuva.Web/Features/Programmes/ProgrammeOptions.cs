namespace Sujuva.Web.Features.Programmes;

/// <summary>Section "Programmes": when clients are reminded, and how near a change must be to be told at once.</summary>
public sealed class ProgrammeOptions
{
    public TimeSpan ReminderBefore { get; set; } = TimeSpan.FromHours(24);

    public TimeSpan ChangeNoticeWithin { get; set; } = TimeSpan.FromHours(24);
}
