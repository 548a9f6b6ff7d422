using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sujuva.Web.Data;
using Sujuva.Web.Platform.Input;

namespace Sujuva.Web.Features.Sprints;

public sealed class SprintConfiguration : IEntityTypeConfiguration<Sprint>
{
    public void Configure(EntityTypeBuilder<Sprint> b)
    {
        b.HasKey(s => s.Id);
        b.Property(s => s.Challenge).HasMaxLength(TextLimits.Reason);
        b.Property(s => s.Mode).HasConversion<string>().HasMaxLength(TextLimits.Word);
        b.Property(s => s.Status).HasConversion<string>().HasMaxLength(TextLimits.Word);
        b.Property(s => s.Participants).StoredAsJson();
        b.Property(s => s.ServiceIds).StoredAsJson();
        b.Property(s => s.Sessions).StoredAsJson();
        b.Property(s => s.Version).IsConcurrencyToken();
        b.Ignore(s => s.Starts);
        b.Ignore(s => s.Ends);
        b.Ignore(s => s.Team);
        b.HasIndex(s => s.Status);
        // The content (Sprint.Content.cs); rows made before it read as empty lists.
        b.Property(s => s.LongTermGoal).HasMaxLength(TextLimits.Reason);
        b.Property(s => s.TargetMoment).HasMaxLength(TextLimits.Reason);
        b.Property(s => s.InterviewScript).HasMaxLength(SprintContent.ScriptLength);
        b.Property(s => s.PrototypeUrl).HasMaxLength(SprintContent.UrlLength);
        foreach (var list in new[] { nameof(Sprint.Questions), nameof(Sprint.MapActors), nameof(Sprint.MapSteps), nameof(Sprint.Storyboard) })
            b.Property(list).HasDefaultValueSql("'[]'");
        b.Property(s => s.Questions).StoredAsJson();
        b.Property(s => s.MapActors).StoredAsJson();
        b.Property(s => s.MapSteps).StoredAsJson();
        b.Property(s => s.Storyboard).StoredAsJson();
    }
}
