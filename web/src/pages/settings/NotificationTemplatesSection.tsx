import { useState } from 'react';
import { Button, Card, Col, Form, Input, Row, Select, Space, Tag, Typography, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { useBuiltInTemplates, useTemplatePlaceholders, type MessageTemplate } from '../../api/notification-templates';
import { settingSource, type TemplateOverrides } from '../../api/settings';
import { VersionedForm } from './VersionedForm';

const languages = ['zh-CN', 'en'] as const;
const source = settingSource('notification-templates');

/** The form holds the overrides by topic as the select lists them: by name. */
type Overrides = Record<string, TemplateOverrides[keyof TemplateOverrides]>;

const filled = (text: string | undefined) => Boolean(text?.trim());

/** Only languages with text typed are overrides; the rest keep the built-in message. */
function overridesOf(values: Overrides): Overrides {
  const result: Overrides = {};
  for (const [topic, byLanguage] of Object.entries(values)) {
    for (const language of languages) {
      const template = byLanguage?.[language];
      if (template && (filled(template.title) || filled(template.body))) result[topic] = { ...result[topic], [language]: template };
    }
  }
  return result;
}

function LanguageOverride({ form, topic, language, builtIn, editable }: { form: FormInstance; topic: string; language: (typeof languages)[number]; builtIn: MessageTemplate; editable: boolean }) {
  const { t } = useTranslation();
  // Title and body override together: one without the other is refused by the server.
  const bothOrNeither = (other: 'title' | 'body') => ({
    validator: async (_rule: unknown, value: string | undefined) => {
      const otherValue = form.getFieldValue([topic, language, other]) as string | undefined;
      if (!filled(value) && filled(otherValue)) throw new Error(t('settings.templates.bothNeeded'));
    },
  });
  return (
    <Card size="small" title={t(`settings.templates.language.${language}`)} extra={editable && <Button size="small" onClick={() => form.setFieldValue([topic, language], undefined)}>{t('settings.templates.reset')}</Button>}>
      <Typography.Text type="secondary">{t('settings.templates.builtIn')}</Typography.Text>
      <Typography.Paragraph data-testid={`builtin-${language}`}>
        <strong>{builtIn.title}</strong>
        <br />
        {builtIn.body}
      </Typography.Paragraph>
      <Form.Item name={[topic, language, 'title']} label={t('settings.templates.subject')} dependencies={[[topic, language, 'body']]} rules={[{ max: 200 }, bothOrNeither('body')]}>
        <Input placeholder={builtIn.title} />
      </Form.Item>
      <Form.Item name={[topic, language, 'body']} label={t('settings.templates.body')} dependencies={[[topic, language, 'title']]} rules={[{ max: 2000 }, bothOrNeither('title')]}>
        <Input.TextArea rows={4} placeholder={builtIn.body} />
      </Form.Item>
    </Card>
  );
}

/** Notification texts per event and language (SPEC §12): the built-in message, and an override where one is wanted. */
export function NotificationTemplatesSection() {
  const { t } = useTranslation();
  const builtIn = useBuiltInTemplates();
  const placeholders = useTemplatePlaceholders();
  const [topic, setTopic] = useState<string>();
  const topics = Object.keys(builtIn.data ?? {});
  const shown = topic ?? topics[0];

  return (
    <VersionedForm source={source} title={t('settings.section.notifications')} toForm={(value) => value} fromForm={overridesOf} testId="templates-form">
      {(form, editable) => (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Select
            showSearch
            style={{ width: '100%', maxWidth: 420 }}
            value={shown}
            onChange={setTopic}
            loading={builtIn.isPending}
            aria-label={t('settings.templates.event')}
            options={topics.map((name) => ({
              value: name,
              label: `${t(`settings.templates.events.${name}`, { defaultValue: name })}${overridesOf({ [name]: form.getFieldValue(name) as Overrides[string] })[name] ? ` · ${t('settings.templates.overridden')}` : ''}`,
            }))}
          />
          <div>
            <Typography.Text type="secondary">{t('settings.templates.placeholders')} </Typography.Text>
            {placeholders.data?.items.map((name) => <Tag key={name}>{`{${name}}`}</Tag>)}
          </div>
          {shown && builtIn.data?.[shown] && (
            <Row gutter={[12, 12]}>
              {languages.map((language) => (
                <Col xs={24} lg={12} key={language}>
                  <LanguageOverride form={form} topic={shown} language={language} builtIn={builtIn.data[shown]![language]} editable={editable} />
                </Col>
              ))}
            </Row>
          )}
        </Space>
      )}
    </VersionedForm>
  );
}
