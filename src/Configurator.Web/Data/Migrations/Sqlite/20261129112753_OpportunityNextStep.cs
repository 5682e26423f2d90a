using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Configurator.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OpportunityNextStep : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "NextStepDue",
                table: "Opportunities",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NextStepText",
                table: "Opportunities",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateIndex(
                name: "IX_Opportunities_ExpectedClose",
                table: "Opportunities",
                column: "ExpectedClose");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Opportunities_ExpectedClose",
                table: "Opportunities");

            migrationBuilder.DropColumn(
                name: "NextStepDue",
                table: "Opportunities");

            migrationBuilder.DropColumn(
                name: "NextStepText",
                table: "Opportunities");
        }
    }
}
