using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sujuva.Web.Platform.Input;

namespace Sujuva.Web.Features.Programmes;

public sealed class CoachingSessionConfiguration : IEntityTypeConfiguration<CoachingSession>
{
    public void Configure(EntityTypeBuilder<CoachingSession> b)
    {
        b.HasKey(s => s.Id);
        b.Property(s => s.ProgrammeName).HasMaxLength(TextLimits.Name);
        b.Property(s => s.ProgrammeNameSv).HasMaxLength(TextLimits.Name);
        b.Property(s => s.ProgrammeNameEn).HasMaxLength(TextLimits.Name);
        b.Ignore(s => s.LocalProgrammeName);
        b.Property(s => s.Topic).HasMaxLength(TextLimits.Name);
        b.Property(s => s.Mode).HasConversion<string>().HasMaxLength(TextLimits.Word);
        b.Property(s => s.Place).HasMaxLength(TextLimits.Name);
        b.Property(s => s.VideoLink).HasMaxLength(TextLimits.Reason);
        b.Property(s => s.Status).HasConversion<string>().HasMaxLength(TextLimits.Word);
        b.Property(s => s.CancelReason).HasConversion<string>().HasMaxLength(TextLimits.Word);
        b.Property(s => s.Uid).HasMaxLength(TextLimits.Word);
        b.Property(s => s.Version).IsConcurrencyToken();
        b.Ignore(s => s.Label);
        b.Ignore(s => s.Occupies);
        b.Ignore(s => s.IsCancelled);
        b.HasIndex(s => s.Uid).IsUnique();
        // A coach's calendar (clashes, the worker's week and feed) and a cohort's sessions are read by these.
        b.HasIndex(s => new { s.CoachId, s.StartUtc });
        b.HasIndex(s => new { s.TemplateId, s.CoachId, s.CohortStartsOn });
    }
}
