using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Configurator.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ProposalLineReportIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ProposalLines_ItemCode",
                table: "ProposalLines");

            migrationBuilder.CreateIndex(
                name: "IX_ProposalLines_ItemCode_OptionId",
                table: "ProposalLines",
                columns: new[] { "ItemCode", "OptionId" });

            migrationBuilder.CreateIndex(
                name: "IX_ProposalLines_ItemKind_ItemCode_OptionId",
                table: "ProposalLines",
                columns: new[] { "ItemKind", "ItemCode", "OptionId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ProposalLines_ItemCode_OptionId",
                table: "ProposalLines");

            migrationBuilder.DropIndex(
                name: "IX_ProposalLines_ItemKind_ItemCode_OptionId",
                table: "ProposalLines");

            migrationBuilder.CreateIndex(
                name: "IX_ProposalLines_ItemCode",
                table: "ProposalLines",
                column: "ItemCode");
        }
    }
}
