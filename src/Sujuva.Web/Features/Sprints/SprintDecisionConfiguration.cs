using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sujuva.Web.Platform.Input;

namespace Sujuva.Web.Features.Sprints;

public sealed class SprintDecisionConfiguration : IEntityTypeConfiguration<SprintDecision>
{
    public void Configure(EntityTypeBuilder<SprintDecision> b)
    {
        b.HasKey(d => d.Id);
        b.HasOne<Sprint>().WithMany().HasForeignKey(d => d.SprintId);
        b.Property(d => d.Kind).HasConversion<string>().HasMaxLength(TextLimits.Word);
        b.Property(d => d.What).HasMaxLength(TextLimits.Name);
        b.Property(d => d.Reason).HasMaxLength(TextLimits.Reason);
        b.Property(d => d.Prediction).HasMaxLength(TextLimits.Reason);
        b.Property(d => d.StageName).HasMaxLength(TextLimits.Name);
        b.Property(d => d.Version).IsConcurrencyToken();
        b.HasIndex(d => d.SprintId);
    }
}
