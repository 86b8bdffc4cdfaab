import {
  type APIActionRowComponent,
  type APIButtonComponentWithCustomId,
  ButtonStyle,
  ComponentType,
} from 'discord.js';
import { LIMITS, truncate } from './limits.js';

export type ButtonRow = APIActionRowComponent<APIButtonComponentWithCustomId>;

export function button(
  customId: string,
  label: string,
  options: { style?: APIButtonComponentWithCustomId['style']; disabled?: boolean } = {},
): APIButtonComponentWithCustomId {
  return {
    type: ComponentType.Button,
    custom_id: customId,
    label: truncate(label, LIMITS.buttonLabel),
    style: options.style ?? ButtonStyle.Secondary,
    ...(options.disabled ? { disabled: true } : {}),
  };
}

/**
 * Buttons laid out five to a row, at most five rows. Discord rejects a message whose buttons share a
 * custom id or whose id is too long, so duplicates and oversized ids are dropped here rather than failing.
 */
export function buttonRows(buttons: readonly APIButtonComponentWithCustomId[]): ButtonRow[] {
  const seen = new Set<string>();
  const usable = buttons.filter((b) => {
    if (b.custom_id.length > LIMITS.customId || seen.has(b.custom_id)) return false;
    seen.add(b.custom_id);
    return true;
  });
  const rows: ButtonRow[] = [];
  for (let i = 0; i < usable.length && rows.length < LIMITS.actionRows; i += LIMITS.buttonsPerRow) {
    rows.push({ type: ComponentType.ActionRow, components: usable.slice(i, i + LIMITS.buttonsPerRow) });
  }
  return rows;
}
