using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sujuva.Web.Platform.Input;

namespace Sujuva.Web.Features.Programmes;

public sealed class ProgrammeEnrolmentConfiguration : IEntityTypeConfiguration<ProgrammeEnrolment>
{
    public void Configure(EntityTypeBuilder<ProgrammeEnrolment> b)
    {
        b.HasKey(e => e.Id);
        b.Property(e => e.ProgrammeName).HasMaxLength(TextLimits.Name);
        b.Property(e => e.ProgrammeNameSv).HasMaxLength(TextLimits.Name);
        b.Property(e => e.ProgrammeNameEn).HasMaxLength(TextLimits.Name);
        b.Ignore(e => e.LocalProgrammeName);
        b.Property(e => e.Version).IsConcurrencyToken();
        b.HasIndex(e => e.CaseId);
    }
}
