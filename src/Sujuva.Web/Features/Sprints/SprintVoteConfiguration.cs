using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sujuva.Web.Platform.Input;

namespace Sujuva.Web.Features.Sprints;

public sealed class SprintVoteConfiguration : IEntityTypeConfiguration<SprintVote>
{
    public void Configure(EntityTypeBuilder<SprintVote> b)
    {
        b.HasKey(v => v.Id);
        b.HasOne<Sprint>().WithMany().HasForeignKey(v => v.SprintId).OnDelete(DeleteBehavior.Cascade);
        b.Property(v => v.Round).HasConversion<string>().HasMaxLength(TextLimits.Word);
        b.Property(v => v.TargetKind).HasConversion<string>().HasMaxLength(TextLimits.Word);
        b.HasIndex(v => new { v.SprintId, v.Round, v.VoterId });
        b.HasIndex(v => new { v.TargetKind, v.TargetId });
    }
}
